using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Http;

namespace PledgeBot.Conversations.Messages;

/// <summary>Reads a request body into a valid activity: at most <see cref="MaxBodyBytes"/>, well-formed JSON, the
/// required fields present. Every refusal says why, as problem details.</summary>
internal sealed class InboundActivityReader(ILogger<InboundActivityReader> logger)
{
    /// <summary>Activities are small; a card-heavy one is a few KB. Anything near this is a mistake or an attack.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge();
        }

        return body.Length == 0 ? Refuse(400, "Empty body", "The request has no body; it must be an activity.") : Parse(body);
    }

    private ActivityReadResult Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException exception)
        {
            // Where it broke, not the parser's message: that one can quote the body back.
            var at = string.Create(
                CultureInfo.InvariantCulture,
                $"at {exception.Path ?? "$"}, line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}");
            return Refuse(400, "Malformed activity", $"The body is not a JSON activity ({at}).");
        }

        if (activity is null)
        {
            return Refuse(400, "Malformed activity", "The body is JSON null; it must be an activity object.");
        }

        var errors = ActivityValidator.Validate(activity);
        if (errors.Count == 0)
        {
            return ActivityReadResult.Read(activity);
        }

        var fields = string.Join(", ", errors.Keys);
        logger.ActivityRejected(StatusCodes.Status400BadRequest, $"invalid fields: {fields}");
        return ActivityReadResult.Failed(TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid activity",
            Detail = $"Missing or invalid: {fields}.",
        }));
    }

    private ActivityReadResult TooLarge() =>
        Refuse(413, "Activity too large", $"The body is larger than the {MaxBodyBytes / 1024} KB an activity may take.");

    private ActivityReadResult Refuse(int status, string title, string detail)
    {
        logger.ActivityRejected(status, title);
        return ActivityReadResult.Failed(TypedResults.Problem(detail, statusCode: status, title: title));
    }
}

using System.Globalization;
using System.Text.Json;
using PledgeBot.Conversations.NativeChannels.Messenger.Wire;

namespace PledgeBot.Conversations.NativeChannels.Messenger;

/// <summary>A refused Send API call: the HTTP status, the Graph error code and subcode, and whether waiting can help
/// (Graph API error codes). <see cref="Reason"/> is what logs and metrics carry: codes only, never the error's
/// message.</summary>
public sealed record MessengerFailure(int Status, int? Code, int? Subcode, string? TraceId)
{
    public const int BadToken = 190;

    /// <summary>Temporary (2, 1200), rate limits (4 app, 17 user, 32 page, 613, the 80000 business-use-case class) and
    /// server trouble are retried; a bad token (190), the closed 24-hour window (10 / 2018278), a person no longer
    /// reachable (551), a bad parameter (100) and every other 4xx are not.</summary>
    public bool Transient => Code switch
    {
        2 or 4 or 17 or 32 or 613 or 1200 => true,
        >= 80000 and < 80100 => true,
        BadToken or 10 or 100 or 551 => false,
        null => Status is 408 or 429 or >= 500,
        _ => Status >= 500,
    };

    public string Reason => Code is { } code
        ? Subcode is { } subcode
            ? string.Create(CultureInfo.InvariantCulture, $"code-{code}-{subcode}")
            : string.Create(CultureInfo.InvariantCulture, $"code-{code}")
        : string.Create(CultureInfo.InvariantCulture, $"http-{Status}");

    /// <summary>Reads the error body of a non-success answer; it stays buffered, so it can be read again.</summary>
    public static async Task<MessengerFailure> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        MessengerError? error = null;
        try
        {
            // Bytes, not a stream: a buffered content hands out one stream, and a reader that disposes it spoils the
            // second read (the retry rule reads the body, then the client does).
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            error = body.Length == 0 ? null : JsonSerializer.Deserialize(body, MessengerJsonContext.Default.MessengerErrorBody)?.Error;
        }
        catch (JsonException)
        {
            // Not Graph's JSON (a proxy's error page): the status decides.
        }

        return new MessengerFailure((int)response.StatusCode, error?.Code, error?.ErrorSubcode, error?.FbtraceId);
    }
}

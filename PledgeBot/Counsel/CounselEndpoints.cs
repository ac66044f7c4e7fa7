using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Http;

namespace PledgeBot.Counsel;

/// <summary>The counsellor console: <c>GET /counsel</c> is the page (no key: it holds no data), and
/// <c>/api/counsel/*</c> its API (counsellor key on the group): the queue, claim, the chat's stream, answer, release, end.</summary>
public static class CounselEndpoints
{
    public const int MaxTextLength = 2000;
    private const int BodyLimit = 16 * 1024;

    // Script, styles and everything else from this host: no CDN, nothing inline.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static RouteGroupBuilder MapCounsel(this IEndpointRouteBuilder app)
    {
        app.MapGet("/counsel", GetPage).WithTags("Counsel");
        var api = app.MapGroup("/api/counsel").RequireAuthorization(CounselAuth.Policy).WithTags("Counsel");
        api.MapGet("/queue", ListAsync);
        api.MapPost("/{id}/claim", ClaimAsync);
        api.MapGet("/{id}/stream", CounselStream.StreamAsync);
        api.MapPost("/{id}/messages", SendAsync);
        api.MapPost("/{id}/release", ReleaseAsync);
        api.MapPost("/{id}/end", EndAsync);
        return api;
    }

    private static ContentHttpResult GetPage(CounselPage page, HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(page.Html, "text/html; charset=utf-8");
    }

    private static async Task<Ok<IReadOnlyList<CounselQueueItem>>> ListAsync(HttpContext context, CounselConsole console, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await console.ListAsync(KeyId(context), cancellationToken));
    }

    private static async Task<Results<Ok, ProblemHttpResult>> ClaimAsync(
        string id, HttpContext context, CounselConsole console, CancellationToken cancellationToken) =>
        !CounselChats.IsChatId(id) ? NotFound() : Answer(await console.ClaimAsync(id, KeyId(context), cancellationToken));

    private static async Task<Results<Ok, ProblemHttpResult>> ReleaseAsync(
        string id, HttpContext context, CounselConsole console, CancellationToken cancellationToken) =>
        !CounselChats.IsChatId(id) ? NotFound() : Answer(await console.ReleaseAsync(id, KeyId(context), cancellationToken));

    private static async Task<Results<Ok, ProblemHttpResult>> EndAsync(
        string id, HttpContext context, CounselConsole console, CancellationToken cancellationToken) =>
        !CounselChats.IsChatId(id) ? NotFound() : Answer(await console.EndAsync(id, KeyId(context), cancellationToken));

    private static async Task<Results<Ok<CounselMessageSent>, ValidationProblem, ProblemHttpResult>> SendAsync(
        string id, HttpContext context, CounselConsole console, CancellationToken cancellationToken)
    {
        if (!CounselChats.IsChatId(id))
        {
            return NotFound();
        }

        var body = await BoundedBody.ReadAsync(context.Request, BodyLimit, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
                detail: $"A message body is at most {BodyLimit} bytes.");
        }

        CounselMessageRequest? request;
        try
        {
            request = StrictJson.Deserialize(body, CounselJsonContext.Default.CounselMessageRequest);
        }
        catch (JsonException)
        {
            request = null;
        }

        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [$"The body must be JSON {{ \"text\": \"…\" }} with 1–{MaxTextLength} characters of text."],
            });
        }

        var (outcome, seq) = await console.SendAsync(id, KeyId(context), text, cancellationToken);
        return outcome == CounselOutcome.Done ? TypedResults.Ok(new CounselMessageSent(seq)) : Problem(outcome);
    }

    internal static string KeyId(HttpContext context) => context.User.FindFirst(CounselAuth.KeyIdClaim)?.Value ?? "unknown";

    internal static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such chat", detail: "No chat has this id; it may have ended.");

    private static Results<Ok, ProblemHttpResult> Answer(CounselOutcome outcome) => outcome == CounselOutcome.Done ? TypedResults.Ok() : Problem(outcome);

    internal static ProblemHttpResult Problem(CounselOutcome outcome) => outcome switch
    {
        CounselOutcome.NotFound => NotFound(),
        CounselOutcome.HeldByAnother => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not your chat",
            detail: "Another counsellor has this chat, or you have not claimed it."),
        CounselOutcome.WindowClosed => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Reply window closed",
            detail: "The channel no longer accepts replies to this young person (its window after their last message has passed)."),
        CounselOutcome.Unreachable => TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Channel unreachable",
            detail: "This host cannot send on the young person's channel; the message was not delivered."),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Not delivered",
            detail: "The channel refused or failed to take the message after its retries; try again."),
    };
}

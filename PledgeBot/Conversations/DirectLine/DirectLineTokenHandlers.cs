using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>The token calls of <see cref="DirectLineEndpoints"/>: the page's token, <c>tokens/generate</c> with the
/// secret, <c>tokens/refresh</c> with a token.</summary>
internal static class DirectLineTokenHandlers
{
    /// <summary>The page's token. The body may carry the user token the browser kept (<see cref="PageSessions"/>);
    /// an empty body is a new browser.</summary>
    public static async Task<Results<JsonHttpResult<PageToken>, ProblemHttpResult>> CreatePageTokenAsync(
        HttpRequest request, DirectLineAccess access, PageSessions sessions, CancellationToken cancellationToken)
    {
        var (ok, body, tooLarge, invalid) = await DirectLineRequest.ReadJsonAsync(request, DirectLineJsonContext.Default.PageTokenRequest, cancellationToken);
        if (!ok)
        {
            return tooLarge
                ? access.Refuse(StatusCodes.Status413PayloadTooLarge, "The body is too large.")
                : access.Refuse(StatusCodes.Status400BadRequest, $"The body must be JSON: {{ \"userToken\": \"…\" }} or empty ({invalid}).");
        }

        var answer = await sessions.StartAsync(body?.UserToken, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(answer, DirectLineJsonContext.Wire.PageToken);
    }

    public static async Task<Results<JsonHttpResult<Conversation>, ProblemHttpResult>> GenerateTokenAsync(
        HttpRequest request, DirectLineAccess access, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (!access.IsSecret(DirectLineRequest.Bearer(request)))
        {
            return access.Refuse(StatusCodes.Status401Unauthorized, "tokens/generate needs the Direct Line secret.");
        }

        var (read, refusal) = await DirectLineEndpoints.ReadStartAsync(request, access, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (token, signed) = await conversations.CreateAsync(Channels.DirectLine, read?.User?.Id, cancellationToken);
        return TypedResults.Json(new Conversation(token.ConversationId, signed, conversations.ExpiresInSeconds), DirectLineJsonContext.Wire.Conversation);
    }

    public static async Task<Results<JsonHttpResult<Conversation>, ProblemHttpResult>> RefreshTokenAsync(
        HttpRequest request, DirectLineAccess access, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (token, refusal) = await access.AuthorizeAsync(DirectLineRequest.Bearer(request), null, cancellationToken);
        return refusal is not null
            ? refusal
            : TypedResults.Json(new Conversation(token!.ConversationId, conversations.Renew(token), conversations.ExpiresInSeconds), DirectLineJsonContext.Wire.Conversation);
    }
}

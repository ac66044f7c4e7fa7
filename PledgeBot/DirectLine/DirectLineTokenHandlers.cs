using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.DirectLine;

/// <summary>The token calls of <see cref="DirectLineEndpoints"/>: the page's token, <c>tokens/generate</c> with the
/// secret, <c>tokens/refresh</c> with a token.</summary>
internal static class DirectLineTokenHandlers
{
    public static async Task<JsonHttpResult<Conversation>> CreatePageTokenAsync(DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (token, signed) = await conversations.CreateAsync(DirectLineEndpoints.PageChannel, userId: null, cancellationToken);
        return TypedResults.Json(new Conversation(token.ConversationId, signed, conversations.ExpiresInSeconds), DirectLineJsonContext.Wire.Conversation);
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

using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>A local Direct Line 3.0, the subset Web Chat (DirectLineJS) calls, and the page's token
/// endpoint. Conversations and their activity logs live in the store, so any instance answers any call.</summary>
public static class DirectLineEndpoints
{
    public const string TokenRoute = "/api/directline/token";

    /// <summary>The channel id of conversations the campaign page starts; secret holders get <c>directline</c>.</summary>
    public const string PageChannel = Channels.WebChat;

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        // The page's token: the browser never holds a secret (the pattern Azure recommends).
        app.MapPost(TokenRoute, DirectLineTokenHandlers.CreatePageTokenAsync).RequireRateLimiting(DirectLineServiceCollectionExtensions.TokenPolicy).WithTags("DirectLine");

        var directLine = app.MapGroup(DirectLineRequest.BasePath).WithTags("DirectLine");
        directLine.MapPost("/tokens/generate", DirectLineTokenHandlers.GenerateTokenAsync).RequireRateLimiting(DirectLineServiceCollectionExtensions.TokenPolicy);
        directLine.MapPost("/tokens/refresh", DirectLineTokenHandlers.RefreshTokenAsync);
        directLine.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(DirectLineServiceCollectionExtensions.TokenPolicy);
        directLine.MapGet("/conversations/{conversationId}", ReconnectAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        return directLine;
    }

    private static async Task<Results<JsonHttpResult<Conversation>, ProblemHttpResult>> StartConversationAsync(
        HttpRequest request, DirectLineAccess access, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (start, bodyRefusal) = await ReadStartAsync(request, access, cancellationToken);
        if (bodyRefusal is not null)
        {
            return bodyRefusal;
        }

        var bearer = DirectLineRequest.Bearer(request);
        DirectLineToken token;
        string signed;
        if (access.IsSecret(bearer))
        {
            (token, signed) = await conversations.CreateAsync(Channels.DirectLine, start?.User?.Id, cancellationToken);
        }
        else
        {
            var (granted, refusal) = await access.AuthorizeAsync(bearer, null, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            token = granted!;
            signed = conversations.Renew(token);
        }

        await conversations.OpenAsync(token, start?.Locale, DirectLineRequest.ServiceUrl(request), cancellationToken);
        var conversation = new Conversation(
            token.ConversationId, signed, conversations.ExpiresInSeconds, DirectLineRequest.StreamUrl(request, token.ConversationId, signed, null));
        return TypedResults.Json(conversation, DirectLineJsonContext.Wire.Conversation, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<Results<JsonHttpResult<Conversation>, ProblemHttpResult>> ReconnectAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineConversations conversations,
        CancellationToken cancellationToken)
    {
        var (token, refusal) = await access.AuthorizeAsync(DirectLineRequest.Bearer(request), conversationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!DirectLineRequest.TryReadWatermark(request, out var watermark))
        {
            return access.Refuse(StatusCodes.Status400BadRequest, "The watermark is not a number.");
        }

        var signed = conversations.Renew(token!);
        return TypedResults.Json(new Conversation(
            conversationId, signed, conversations.ExpiresInSeconds, DirectLineRequest.StreamUrl(request, conversationId, signed, watermark)), DirectLineJsonContext.Wire.Conversation);
    }

    private static async Task<Results<JsonHttpResult<ResourceResponse>, ProblemHttpResult>> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineConversations conversations,
        CancellationToken cancellationToken)
    {
        var (token, refusal) = await access.AuthorizeAsync(DirectLineRequest.Bearer(request), conversationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (ok, activity, tooLarge, invalid) = await DirectLineRequest.ReadJsonAsync(request, ProtocolJsonContext.Default.Activity, cancellationToken);
        if (tooLarge)
        {
            return access.Refuse(StatusCodes.Status413PayloadTooLarge, $"An activity may take at most {DirectLineRequest.MaxBodyBytes / 1024} KB.");
        }

        if (invalid is not null)
        {
            return access.Refuse(StatusCodes.Status400BadRequest, $"The body is not a JSON activity in valid Unicode ({invalid}).");
        }

        if (!ok || activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return access.Refuse(StatusCodes.Status400BadRequest, "The body must be an activity with a type.");
        }

        var id = await conversations.PostAsync(token!, activity, DirectLineRequest.ServiceUrl(request), cancellationToken);
        return TypedResults.Json(new ResourceResponse(id), DirectLineJsonContext.Wire.ResourceResponse);
    }

    private static async Task<Results<JsonHttpResult<ActivitySet>, ProblemHttpResult>> GetActivitiesAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineActivityLog log, CancellationToken cancellationToken)
    {
        var (token, refusal) = await access.AuthorizeAsync(DirectLineRequest.Bearer(request), conversationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!DirectLineRequest.TryReadWatermark(request, out var watermark))
        {
            return access.Refuse(StatusCodes.Status400BadRequest, "The watermark is not a number.");
        }

        var set = await log.ReadAsync(token!.ConversationId, watermark, cancellationToken);
        return TypedResults.Json(set, DirectLineJsonContext.Wire.ActivitySet);
    }

    internal static async Task<(ConversationStart? Start, ProblemHttpResult? Refusal)> ReadStartAsync(
        HttpRequest request, DirectLineAccess access, CancellationToken cancellationToken)
    {
        var (ok, start, tooLarge, invalid) = await DirectLineRequest.ReadJsonAsync(request, DirectLineJsonContext.Default.ConversationStart, cancellationToken);
        if (!ok)
        {
            return (null, tooLarge
                ? access.Refuse(StatusCodes.Status413PayloadTooLarge, "The body is too large.")
                : access.Refuse(StatusCodes.Status400BadRequest, $"The body is not JSON in valid Unicode ({invalid})."));
        }

        // A caller-chosen user id becomes part of every key and log line about the user: keep it short and printable.
        if (start?.User?.Id is { } userId && (userId.Length > 64 || userId.Any(char.IsControl)))
        {
            return (null, access.Refuse(StatusCodes.Status400BadRequest, "user.id must be at most 64 printable characters."));
        }

        return (start, null);
    }
}

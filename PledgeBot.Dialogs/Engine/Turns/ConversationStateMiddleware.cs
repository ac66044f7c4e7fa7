using System.Text.Json;
using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>Loads the conversation's state, skips activities already processed, runs the rest of the turn and saves
/// the state with its version; a stale write re-runs the turn on fresh state, so no update is silently lost.</summary>
public sealed class ConversationStateMiddleware(
    IStateStore store,
    IPseudonymizer pseudonymizer,
    ILogger<ConversationStateMiddleware> logger) : ITurnMiddleware
{
    public const int MaxAttempts = 8;

    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        var conversationId = context.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            await next(context, cancellationToken);
            return;
        }

        var key = pseudonymizer.ConversationKey(context.ChannelId, conversationId);
        var activityId = context.Activity.Id;
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.ReadAsync(key, activityId, cancellationToken);
            if (stored.ActivitySeen)
            {
                // A store that answered the first attempt from its cache learns of the duplicate at the write.
                context.ClearReplies();
                context.Duplicate = true;
                logger.DuplicateSkipped(context.ChannelId);
                return;
            }

            context.ClearReplies();
            context.State = Deserialize(stored.Json);
            context.Language = context.State.ChosenLanguage ?? Languages.FromLocale(context.Activity.Locale);

            await next(context, cancellationToken);

            if (context.DeleteState)
            {
                await store.DeleteAsync(key, cancellationToken);
                return;
            }

            var json = JsonSerializer.Serialize(context.State, ConversationJsonContext.Wire.ConversationState);
            // Most turns reach no new funnel step: they make the plain write.
            var written = context.FunnelSteps.Count == 0
                ? await store.TryWriteAsync(key, json, stored.Version, activityId, cancellationToken)
                : await store.TryWriteAsync(key, json, stored.Version, activityId, context.FunnelSteps, cancellationToken);
            if (written)
            {
                return;
            }

            logger.StaleStateRetried(attempt);
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Conversation state stayed contended for {MaxAttempts} attempts.");
            }
        }
    }

    private ConversationState Deserialize(string? json)
    {
        if (json is null)
        {
            return new ConversationState();
        }

        try
        {
            return JsonSerializer.Deserialize(json, ConversationJsonContext.Default.ConversationState) ?? new ConversationState();
        }
        catch (JsonException)
        {
            // State written by an incompatible older version: start the conversation afresh rather than fail every turn.
            logger.UnreadableStateReset();
            return new ConversationState();
        }
    }
}

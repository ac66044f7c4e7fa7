using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;

/// <summary>A conversation in the counsellor console. With a counsellor, the bot is silent: every message goes to the
/// counsellor with its risk, and only "back to bot" is the bot's. While waiting, what the young person writes goes to
/// the queue too and the bot says their place; a high risk gets the safety reply at once and moves them up; commands,
/// menus and games still work. Runs after the state is loaded and before the safety check.</summary>
public sealed class CounselMiddleware(ICounselQueue queue, IPseudonymizer pseudonymizer, ITextAnalyzer analyzer, CounselDesk desk)
    : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var key = CounselDesk.KeyOf(context, pseudonymizer);
        if (!context.State.Counselling || context.Text.Length == 0 || key is null)
        {
            await PassAsync(context, next, key, cancellationToken);
            return;
        }

        var seat = await queue.FindAsync(key.Value, cancellationToken);
        if (seat.Status == CounselStatus.None)
        {
            // The counsellor ended the chat (the closing line went out then): the bot has the conversation again.
            context.State = context.State with { Counselling = false };
            await PassAsync(context, next, key, cancellationToken);
            return;
        }

        if (CounselDesk.MeansBackToBot(context))
        {
            await queue.LeaveAsync(key.Value, cancellationToken);
            context.State = context.State with { Counselling = false, SafetyPause = null };
            context.Say(TalkText.Back, MainMenu.Actions(context));
            return;
        }

        var analysis = context.Analysis ??= await analyzer.AnalyzeAsync(context.Text, context.Activity.Locale, cancellationToken);
        var message = new CounselMessage(context.Text, analysis.Risk, analysis.Categories, context.Clock.GetUtcNow());
        if (seat.Status == CounselStatus.Connected)
        {
            await queue.RelayAsync(key.Value, message, cancellationToken);
            return;
        }

        await WhileWaitingAsync(context, next, key.Value, message, cancellationToken);
    }

    private async Task WhileWaitingAsync(
        TurnContext context, TurnHandler next, StateKey key, CounselMessage message, CancellationToken cancellationToken)
    {
        if (CounselDesk.Means(context, CounselText.WaitChoice))
        {
            var kept = await queue.KeepWaitingAsync(key, cancellationToken);
            context.Say(CounselText.Kept, CounselDesk.WaitingActions(context), CounselDesk.Position(context, kept));
            return;
        }

        if (desk.IsConsole && CounselDesk.Means(context, CounselText.ChatChoice))
        {
            var seat = await queue.FindAsync(key, cancellationToken);
            context.Say(CounselText.StillWaiting, CounselDesk.WaitingActions(context), CounselDesk.Position(context, seat));
            return;
        }

        if (message.Risk == RiskLevel.High)
        {
            var raised = await queue.RelayAsync(key, message, cancellationToken);
            await next(context, cancellationToken);
            MentionPlace(context, raised);
            return;
        }

        if (context.Command != GlobalCommand.None || DialogStack.IsActive(context) || MainMenu.Recognize(context) is not null
            || SafetyChoices.Recognize(context) is not null)
        {
            await PassAsync(context, next, key, cancellationToken);
            return;
        }

        var after = await queue.RelayAsync(key, message, cancellationToken);
        if (after.Status == CounselStatus.Waiting)
        {
            context.Say(CounselText.StillWaiting, CounselDesk.WaitingActions(context), CounselDesk.Position(context, after));
        }
    }

    // The safety reply stands as it is; the place in the queue is added to its text, under the same buttons.
    private static void MentionPlace(TurnContext context, CounselSeat seat)
    {
        if (seat.Status != CounselStatus.Waiting || context.Replies.Count == 0 || context.Replies[^1].Text is not { } text)
        {
            return;
        }

        var place = context.Content.Get(context.Language, CounselText.MovedUp, CounselDesk.Position(context, seat));
        context.ReplaceLast(context.Replies[^1] with { Text = $"{text}\n\n{place}" });
    }

    // "Delete my data" also takes the conversation out of the queue, with any text a counsellor could still read.
    private async Task PassAsync(TurnContext context, TurnHandler next, StateKey? key, CancellationToken cancellationToken)
    {
        await next(context, cancellationToken);
        if (context.DeleteState && key is { } conversation)
        {
            await queue.LeaveAsync(conversation, cancellationToken);
        }
    }
}

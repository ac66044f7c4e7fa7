using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Dialogs;
using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Reads every message before the dialogs do. On a high risk the flow pauses for a short, caring message in
/// the user's language, the help offer (111 always; 113 and 115 when the danger is now) and then the question they
/// were on; on a concern, one gentle check-in per conversation. Only aggregate counts remain; never the text.</summary>
public sealed class SafetyMiddleware(
    ITextAnalyzer analyzer,
    LocalTextAnalyzer local,
    TalkToSomeone talk,
    DialogStack dialogs,
    SafetyCounts counts,
    ILogger<SafetyMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        // A counsellor reads the conversation themselves; a command ("dừng", "menu") is the bot's to answer, and a tapped
        // answer ("Bị dọa sẽ kể" in the quiz) is an answer.
        var command = context.Command;
        if (context.Text.Length == 0 || context.State.HandedOff || command is not (GlobalCommand.None or GlobalCommand.Talk)
            || local.Lexicon().IsCampaignAnswer(context.Text))
        {
            await next(context, cancellationToken);
            return;
        }

        var started = context.Clock.GetTimestamp();
        var analysis = context.Analysis ??= await analyzer.AnalyzeAsync(context.Text, context.Activity.Locale, cancellationToken);
        logger.Analyzed(context.ChannelId, (long)context.Clock.GetElapsedTime(started).TotalMilliseconds);
        if (analysis.Risk == RiskLevel.High)
        {
            await InterruptAsync(context, analysis, cancellationToken);
        }
        else if (analysis.Risk == RiskLevel.Concern && command == GlobalCommand.None && !context.State.SafetyCheckedIn)
        {
            CheckIn(context, analysis);
        }
        else
        {
            // Including "cứu em" without a risk signal: the bot's own help offer answers it.
            await next(context, cancellationToken);
        }
    }

    private async Task InterruptAsync(TurnContext turn, TextAnalysis analysis, CancellationToken cancellationToken)
    {
        SpeakTheirLanguage(turn, analysis);
        turn.Say(analysis.DangerNow ? SafetyText.DangerNow : SafetyText.High);
        await talk.OfferAsync(turn, TalkEntry.Safety, cancellationToken);
        Resume(turn);
        Count(turn, analysis);
        logger.HelpOffered(turn.ChannelId, analysis.DangerNow ? "high (now)" : "high", string.Join(',', analysis.Categories));
    }

    private void CheckIn(TurnContext turn, TextAnalysis analysis)
    {
        SpeakTheirLanguage(turn, analysis);
        turn.State = turn.State with { SafetyCheckedIn = true };
        turn.Say(SafetyText.CheckIn);
        Resume(turn);
        Count(turn, analysis);
        logger.CheckedIn(turn.ChannelId, string.Join(',', analysis.Categories));
    }

    // Back to where they were: the pending question again, or the menu's buttons when no flow is open.
    private void Resume(TurnContext turn)
    {
        if (DialogStack.IsActive(turn))
        {
            turn.Say(SafetyText.Resume);
            dialogs.Reprompt(turn);
        }
        else if (turn.Replies[^1].SuggestedActions is null)
        {
            turn.ReplaceLast(turn.Replies[^1] with { SuggestedActions = MainMenu.Actions(turn), InputHint = "expectingInput" });
        }
    }

    // A user who has not chosen a language is answered in the one they wrote in, for this turn only.
    private static void SpeakTheirLanguage(TurnContext turn, TextAnalysis analysis)
    {
        if (turn.State.ChosenLanguage is null && analysis.Language is "vi" or "en")
        {
            turn.Language = analysis.Language == "vi" ? Language.Vietnamese : Language.English;
        }
    }

    private void Count(TurnContext turn, TextAnalysis analysis)
    {
        var channel = turn.ChannelId;
        turn.AfterSave(_ =>
        {
            counts.Record(channel, analysis.Risk, analysis.Categories);
            return Task.CompletedTask;
        });
    }
}

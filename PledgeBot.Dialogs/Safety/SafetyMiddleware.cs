using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Reads every message before the dialogs do. A high risk gets one reply with the help that fits the danger
/// (self-harm, sextortion, grooming, a scam call, violence, bullying, abuse at home) and the choices "Call 111", "I want
/// to say more" and "Later", never game buttons; the flow the user was in waits until they choose to carry on. A
/// concern gets one gentle check-in per conversation. Only aggregate counts remain; never the text.</summary>
public sealed class SafetyMiddleware(
    ITextAnalyzer analyzer,
    LocalTextAnalyzer local,
    IHelpOffer talk,
    IMainMenu menu,
    DialogStack dialogs,
    SafetyCounts counts,
    ILogger<SafetyMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Text.Length == 0 || context.State.HandedOff)
        {
            await next(context, cancellationToken);
            return;
        }

        // The choices under a safety reply (after "Để sau" mid-flow the pause stays open, at no risk, for "Làm tiếp").
        if (context.State.SafetyPause is { } open && SafetyChoices.Recognize(context) is { } choice)
        {
            Choose(context, open, choice);
            return;
        }

        // A command ("dừng", "menu") is the bot's to answer and moves on from an open safety reply; a tapped answer
        // ("Bị dọa sẽ kể" in the quiz) is an answer, and answering is choosing to carry on.
        var command = context.Command;
        var asksForCounsellor = talk.AsksForCounsellor(context);
        if (command is not (GlobalCommand.None or GlobalCommand.Talk) || local.Lexicon().IsCampaignAnswer(context.Text) || asksForCounsellor)
        {
            // Asking for a counsellor keeps the pause's risk for the handoff to read (the console ranks by it).
            context.State = asksForCounsellor ? context.State : context.State with { SafetyPause = null };
            await next(context, cancellationToken);
            return;
        }

        var started = context.Clock.GetTimestamp();
        var analysis = context.Analysis ??= await analyzer.AnalyzeAsync(context.Text, context.Activity.Locale, cancellationToken);
        logger.Analyzed(context.ChannelId, (long)context.Clock.GetElapsedTime(started).TotalMilliseconds);
        var plea = command == GlobalCommand.Talk;
        if (analysis.Risk == RiskLevel.High && !(plea && IsBarePlea(context)))
        {
            Crisis(context, analysis);
        }
        else if (plea)
        {
            Plea(context, analysis);
        }
        else if (context.State.SafetyPause is { Risk: RiskLevel.High } && command == GlobalCommand.None)
        {
            // Still in the safety reply: what they write is heard, and no game question comes back uninvited.
            context.Say(SafetyText.Heard, SafetyChoices.WhileListening(context, CounsellorChoice()));
        }
        else if (analysis.Risk == RiskLevel.Concern && command == GlobalCommand.None && !context.State.SafetyCheckedIn)
        {
            CheckIn(context, analysis);
        }
        else
        {
            // Including "cứu em" without a risk signal: the bot's own help offer answers it.
            context.State = context.State with { SafetyPause = null };
            await next(context, cancellationToken);
        }
    }

    private void Crisis(TurnContext turn, TextAnalysis analysis)
    {
        SpeakTheirLanguage(turn, analysis);
        var category = analysis.Categories.Where(SafetyCategories.All.Contains).FirstOrDefault();
        var repeat = turn.State.SafetyPause is { Risk: RiskLevel.High } open && open.Category == category;
        var text = repeat ? turn.Content.Get(turn.Language, SafetyText.StillHere)
            : CrisisText(turn, analysis.Tentative ? null : category, analysis.DangerNow);
        turn.Send(text, SafetyChoices.AfterHighRisk(turn, CounsellorChoice()));
        turn.State = turn.State with { SafetyPause = new SafetyPause(RiskLevel.High, category ?? string.Empty), Greeted = true };
        talk.Count(turn, TalkEntry.Safety, category);
        Count(turn, analysis);
        logger.HelpOffered(turn.ChannelId, analysis.DangerNow ? "high (now)" : "high", string.Join(',', analysis.Categories));
    }

    // "cứu em", "help me", "cần người lắng nghe": the help in general (111, 113, a trusted adult), the same choices as
    // after a risky message, and the flow waits. A bare plea names no danger, so no category's advice is guessed.
    private void Plea(TurnContext turn, TextAnalysis analysis)
    {
        talk.Send(turn, SafetyChoices.AfterHighRisk(turn, CounsellorChoice()));
        turn.State = turn.State with { SafetyPause = new SafetyPause(RiskLevel.High, string.Empty), Greeted = true };
        talk.Count(turn, TalkEntry.Words);
        if (analysis.Risk != RiskLevel.None)
        {
            Count(turn, analysis);
        }
    }

    private static bool IsBarePlea(TurnContext turn)
    {
        var match = new PhraseMatch(turn.Text);
        return turn.Content.CommandPhrases("talk").Any(phrase => match.Is(phrase) || match.IsLoosely(phrase));
    }

    private static string CrisisText(TurnContext turn, string? category, bool dangerNow)
    {
        if (category is null)
        {
            return turn.Content.Get(turn.Language, dangerNow ? SafetyText.DangerNow : SafetyText.High);
        }

        var text = turn.Content.Get(turn.Language, SafetyText.Crisis(category));
        return dangerNow && !text.Contains("113", StringComparison.Ordinal)
            ? text + "\n" + turn.Content.Get(turn.Language, SafetyText.NowLine)
            : text;
    }

    private void CheckIn(TurnContext turn, TextAnalysis analysis)
    {
        SpeakTheirLanguage(turn, analysis);
        SafetyReplies.CheckIn(turn, menu, analysis.Categories.Count > 0 ? analysis.Categories[0] : null);
        Count(turn, analysis);
        logger.CheckedIn(turn.ChannelId, string.Join(',', analysis.Categories));
    }

    private void Choose(TurnContext turn, SafetyPause open, string choice)
    {
        switch (choice)
        {
            case SafetyText.CallChoice:
                turn.Say(SafetyText.CallNow, open.Risk == RiskLevel.High
                    ? SafetyChoices.AfterHighRisk(turn, CounsellorChoice())
                    : SafetyChoices.AfterCheckIn(turn, menu.TalkChoice, DialogStack.IsActive(turn)));
                break;
            case SafetyText.TellMoreChoice:
                turn.State = turn.State with { SafetyPause = open with { Risk = RiskLevel.High } };
                turn.Say(SafetyText.Listening, SafetyChoices.WhileListening(turn, CounsellorChoice()));
                break;
            case SafetyText.LaterChoice when DialogStack.IsActive(turn):
                turn.State = turn.State with { SafetyPause = new SafetyPause(RiskLevel.None, open.Category) };
                turn.Say(SafetyText.Later, Resumable(turn));
                break;
            case SafetyText.LaterChoice:
                turn.State = turn.State with { SafetyPause = null };
                turn.Say(SafetyText.Later, menu.Actions(turn));
                break;
            default:
                turn.State = turn.State with { SafetyPause = null };
                if (DialogStack.IsActive(turn))
                {
                    turn.Say(SafetyText.Resume);
                    dialogs.Reprompt(turn);
                }
                else
                {
                    menu.Show(turn);
                }

                break;
        }
    }

    // After "Later" mid-flow: carry on with the flow, or the menu.
    private Activities.SuggestedActions Resumable(TurnContext turn)
    {
        var carryOn = turn.Content.ChoiceTitle(turn.Language, SafetyText.CarryOnChoice);
        var actions = menu.Actions(turn);
        return actions with { Actions = [Activities.CardAction.ImBack(carryOn, carryOn), .. actions.Actions] };
    }

    private string? CounsellorChoice() => talk.CounsellorChoice;

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

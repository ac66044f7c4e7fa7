using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Flows.Privacy;
using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs;

/// <summary>The bot's turn handler: greets, handles the global commands, then gives the message to the active flow
/// or the menu. After every message the user has buttons to tap.</summary>
public sealed class CampaignBot(DialogStack dialogs, TalkToSomeone talk, IMainMenu menu) : IBot
{
    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Activity.IsType(ActivityTypes.ConversationUpdate))
        {
            OnConversationUpdate(context);
        }
        else if (Handoff.StatusOf(context.Activity) is { } status)
        {
            OnHandoffStatus(context, status);
        }
        else if (context.Activity.IsType(ActivityTypes.Message))
        {
            return context.State.HandedOff ? OnHandedOffMessage(context) : OnMessageAsync(context, cancellationToken);
        }

        return Task.CompletedTask;
    }

    private static void OnConversationUpdate(TurnContext turn)
    {
        if (Greeting.AddsAUser(turn.Activity) && !turn.State.Greeted)
        {
            Greeting.Send(turn);
        }
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var command = turn.Command;
        if (!turn.State.Greeted && command == GlobalCommand.Talk)
        {
            // Someone whose first words ask for help gets the help first, not a greeting and a game menu.
            turn.State = turn.State with { Greeted = true };
        }
        else if (!turn.State.Greeted)
        {
            Greeting.Send(turn);
            if (command == GlobalCommand.None && MainMenu.Recognize(turn) is null)
            {
                return;
            }
        }

        if (talk.AsksForCounsellor(turn))
        {
            await talk.BeginHandoffAsync(turn, cancellationToken);
            return;
        }

        if (command != GlobalCommand.None)
        {
            await OnCommandAsync(turn, command, cancellationToken);
        }
        else if (DialogStack.IsActive(turn))
        {
            await dialogs.ContinueAsync(turn, cancellationToken);
        }
        else
        {
            await OnMenuAsync(turn, cancellationToken);
        }

        OfferMenuWhenIdle(turn);
    }

    private async Task OnCommandAsync(TurnContext turn, GlobalCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case GlobalCommand.Talk:
                await talk.OfferAsync(turn, TalkEntry.Words, cancellationToken);
                dialogs.Reprompt(turn);
                break;
            case GlobalCommand.DeleteMyData:
                await dialogs.BeginAsync(turn, DeleteMyDataFlow.FlowId, cancellationToken);
                break;
            case GlobalCommand.Cancel:
                turn.Say(DialogStack.IsActive(turn) ? Text.Commands.Cancelled : Text.Commands.NothingToCancel);
                DialogStack.CancelAll(turn);
                break;
            case GlobalCommand.Menu:
                DialogStack.Park(turn);
                MainMenu.Show(turn);
                break;
            case GlobalCommand.Help:
                turn.Say(Text.Commands.Help);
                dialogs.Reprompt(turn);
                break;
            default:
                var language = command == GlobalCommand.English ? Language.English : Language.Vietnamese;
                turn.Language = language;
                turn.State = turn.State with { ChosenLanguage = language };
                turn.Say(Text.Commands.LanguageSwitched);
                dialogs.Reprompt(turn);
                break;
        }
    }

    private async Task OnMenuAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (MainMenu.Recognize(turn))
        {
            case MainMenu.Talk:
                await talk.OfferAsync(turn, TalkEntry.Menu, cancellationToken);
                break;
            case { } entry when MainMenu.IsResume(entry):
                dialogs.Resume(turn);
                break;
            case { } entry:
                await dialogs.BeginAsync(turn, FlowIdOf(entry), cancellationToken);
                break;
            default:
                if (!Acknowledgement.TrySend(turn))
                {
                    SafetyReplies.NotUnderstood(turn, menu);
                }

                break;
        }
    }

    // While a counsellor has the conversation the bot stays out of it, except to be called back.
    private Task OnHandedOffMessage(TurnContext turn)
    {
        var match = new PhraseMatch(turn.Text);
        if (turn.Content.CommandPhrases(TalkText.BackToBot).Any(match.Is))
        {
            turn.State = turn.State with { HandedOff = false };
            turn.Say(TalkText.Back, menu.Actions(turn));
        }

        return Task.CompletedTask;
    }

    private void OnHandoffStatus(TurnContext turn, string status)
    {
        if (!turn.State.HandedOff || string.Equals(status, "accepted", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        turn.State = turn.State with { HandedOff = false };
        var failed = string.Equals(status, "failed", StringComparison.OrdinalIgnoreCase);
        turn.Say(failed ? TalkText.Failed : TalkText.Ended, menu.Actions(turn));
    }

    // "menu.pledge" starts the flow registered as "pledge".
    private static string FlowIdOf(string menuEntry) => menuEntry["menu.".Length..];

    // Whatever happened, a user with no open question gets the menu's buttons on the last message.
    private void OfferMenuWhenIdle(TurnContext turn)
    {
        if (DialogStack.IsActive(turn) || turn.Replies.Count == 0 || turn.Replies[^1].SuggestedActions is not null
            || !turn.Replies[^1].IsType(ActivityTypes.Message))
        {
            return;
        }

        turn.ReplaceLast(turn.Replies[^1] with { SuggestedActions = menu.Actions(turn), InputHint = "expectingInput" });
    }
}

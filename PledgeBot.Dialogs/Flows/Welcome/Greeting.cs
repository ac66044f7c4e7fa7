using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Welcome;

/// <summary>The first words a new user gets: who the bot is, then the menu.</summary>
public static class Greeting
{
    /// <summary>True when the conversationUpdate adds someone other than the bot itself (Bot Framework Activity
    /// schema).</summary>
    public static bool AddsAUser(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return activity.MembersAdded?.Any(member => !string.Equals(member.Id, botId, StringComparison.Ordinal)) == true;
    }

    public static void Send(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Text.Welcome.Greeting);
        MainMenu.Show(turn);
        turn.State = turn.State with { Greeted = true };
    }
}

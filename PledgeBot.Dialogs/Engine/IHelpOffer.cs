using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Engine;

/// <summary>"Talk to someone" as the engine and the safety check reach it; the TalkToSomeone flow provides it.</summary>
public interface IHelpOffer
{
    /// <summary>The choice that asks for a live counsellor, or null while none is offered.</summary>
    string? CounsellorChoice { get; }

    /// <summary>Where to find a person right now (111, 113). Needs no state, so it answers when the store is down.</summary>
    Activity Send(TurnContext turn, SuggestedActions? actions = null);

    /// <summary>True when the message asks for the live counsellor offered with the help text.</summary>
    bool AsksForCounsellor(TurnContext turn);

    /// <summary>Counts an entry to help (aggregate only), after the turn is saved.</summary>
    void Count(TurnContext turn, TalkEntry entry, string? category = null);
}

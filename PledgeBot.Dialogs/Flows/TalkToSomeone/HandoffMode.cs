namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>Who answers "talk to a person": nobody (111 and 113 only), an external agent hub through the Bot Framework
/// <c>handoff.initiate</c> event, or this host's own counsellor console.</summary>
public enum HandoffMode
{
    None,
    Event,
    Console,
}

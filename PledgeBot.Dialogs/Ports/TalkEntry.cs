namespace PledgeBot.Dialogs.Ports;

/// <summary>How a user reached "talk to someone".</summary>
public enum TalkEntry
{
    /// <summary>The main menu's button.</summary>
    Menu,

    /// <summary>Words asking for help, typed anywhere.</summary>
    Words,

    /// <summary>The safety check interrupted on a risky message.</summary>
    Safety,
}

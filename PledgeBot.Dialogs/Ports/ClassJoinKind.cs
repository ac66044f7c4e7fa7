namespace PledgeBot.Dialogs.Ports;

/// <summary>How a join went.</summary>
public enum ClassJoinKind
{
    /// <summary>No such class (a typo, or its time is over): nothing changed.</summary>
    Unknown,

    /// <summary>The teacher ended the class: nothing changed.</summary>
    Ended,

    /// <summary>The class holds as many students as it may.</summary>
    Full,

    /// <summary>A new seat with a new nickname.</summary>
    Joined,

    /// <summary>The student was seated before: same nickname, answers and score.</summary>
    Rejoined,
}

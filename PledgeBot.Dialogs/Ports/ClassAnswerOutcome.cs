namespace PledgeBot.Dialogs.Ports;

/// <summary>What became of a student's answer.</summary>
public enum ClassAnswerOutcome
{
    /// <summary>The first answer to this question: counted.</summary>
    Counted,

    /// <summary>The student had already answered: the first answer stands.</summary>
    AlreadyAnswered,

    /// <summary>The countdown was over, or the question no longer open.</summary>
    TooLate,

    /// <summary>The student is not seated in this class, or the class is gone.</summary>
    NotSeated,
}

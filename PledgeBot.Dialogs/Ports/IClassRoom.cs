using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Dialogs.Ports;

/// <summary>Live class sessions a teacher runs: students join with the class's code, answer its open question, and
/// leave. Students are known by their keyed hash and a generated nickname only, never a name.</summary>
public interface IClassRoom
{
    /// <summary>Seats the student (again, with their answers and score, when they come back from another device or
    /// instance) and keeps <paramref name="reference"/> for the session's life, so questions reach them.</summary>
    Task<ClassJoin> JoinAsync(string code, UserHash student, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Stops sending the class's messages to the student; their answers stay counted. False when not seated.</summary>
    Task<bool> LeaveAsync(string code, UserHash student, CancellationToken cancellationToken);

    /// <summary>Where the class is now, as this student sees it; null when the class is unknown or gone.</summary>
    Task<ClassProgress?> ProgressAsync(string code, UserHash student, CancellationToken cancellationToken);

    /// <summary>Counts the student's answer to question <paramref name="index"/> once (the first answer counts). The same
    /// <paramref name="attempt"/> (the activity's id) again is the same answer: a turn re-run after a version conflict
    /// is told "counted" again, never "already answered".</summary>
    Task<ClassAnswerOutcome> AnswerAsync(string code, UserHash student, int index, int option, string attempt, CancellationToken cancellationToken);
}

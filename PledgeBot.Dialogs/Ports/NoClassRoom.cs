using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Dialogs.Ports;

/// <summary>The class room of a bot without a host store: every code is unknown.</summary>
public sealed class NoClassRoom : IClassRoom
{
    public Task<ClassJoin> JoinAsync(string code, UserHash student, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.FromResult(ClassJoin.Unknown);

    public Task<bool> LeaveAsync(string code, UserHash student, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<ClassProgress?> ProgressAsync(string code, UserHash student, CancellationToken cancellationToken) =>
        Task.FromResult<ClassProgress?>(null);

    public Task<ClassAnswerOutcome> AnswerAsync(string code, UserHash student, int index, int option, string attempt, CancellationToken cancellationToken) =>
        Task.FromResult(ClassAnswerOutcome.NotSeated);
}

using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;

/// <summary>The queue when no host provides one: nobody is ever in it. Joining it is a configuration error.</summary>
internal sealed class NoCounselQueue : ICounselQueue
{
    public Task<CounselSeat> EnqueueAsync(CounselRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Handoff:Mode console needs a host that provides the counsellor queue.");

    public Task<CounselSeat> FindAsync(StateKey conversation, CancellationToken cancellationToken) => Task.FromResult(CounselSeat.None);

    public Task<CounselSeat> RelayAsync(StateKey conversation, CounselMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(CounselSeat.None);

    public Task<CounselSeat> KeepWaitingAsync(StateKey conversation, CancellationToken cancellationToken) => Task.FromResult(CounselSeat.None);

    public Task LeaveAsync(StateKey conversation, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordFallbackAsync(string channel, CounselFallback reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

using System.Collections.Concurrent;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Fakes;

/// <summary>The ledger port in memory: one pledge per user, counters under a lock, records kept for assertions.</summary>
public sealed class InMemoryCampaignLedger : ICampaignLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<UserHash, PledgeReceipt> _pledgers = [];
    private readonly Dictionary<string, long> _byProvince = [];

    public ConcurrentQueue<PledgeRecord> Pledges { get; } = new();

    public ConcurrentQueue<QuizRecord> Quizzes { get; } = new();

    public ConcurrentQueue<TalkRecord> Talks { get; } = new();

    public Task<PledgeReceipt> RecordPledgeAsync(PledgeRecord pledge, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_pledgers.TryGetValue(pledge.User, out var earlier))
            {
                return Task.FromResult(earlier with { Recorded = false });
            }

            Pledges.Enqueue(pledge);
            var provinceCount = _byProvince[pledge.Province] = _byProvince.GetValueOrDefault(pledge.Province) + 1;
            var receipt = new PledgeReceipt(true, Pledges.Count, pledge.Province, provinceCount, pledge.PledgeIds, pledge.InviteCode, pledge.At);
            _pledgers[pledge.User] = receipt;
            return Task.FromResult(receipt);
        }
    }

    public Task<PledgeReceipt?> FindPledgeAsync(UserHash user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_pledgers.TryGetValue(user, out var receipt) ? receipt with { Recorded = false } : null);
        }
    }

    public Task RecordQuizAsync(QuizRecord quiz, CancellationToken cancellationToken)
    {
        Quizzes.Enqueue(quiz);
        return Task.CompletedTask;
    }

    public Task RecordTalkAsync(TalkRecord talk, CancellationToken cancellationToken)
    {
        Talks.Enqueue(talk);
        return Task.CompletedTask;
    }

    public Task<CampaignTotals> GetTotalsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(new CampaignTotals(Pledges.Count, new Dictionary<string, long>(_byProvince), Quizzes.Count, DateTimeOffset.UnixEpoch));
        }
    }

    public Task<bool> ErasePledgerAsync(UserHash user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_pledgers.Remove(user));
        }
    }
}

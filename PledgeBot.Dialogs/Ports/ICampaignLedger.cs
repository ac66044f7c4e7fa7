namespace PledgeBot.Dialogs.Ports;

/// <summary>The campaign's counts: pledges (once per user, atomically with every counter), quiz results and
/// "talk to someone" entries. Aggregates only, besides the per-user pledge marker.</summary>
public interface ICampaignLedger
{
    /// <summary>Records a pledge unless the user already pledged; the receipt says which, with the pledge number and the
    /// province's count from the same atomic write.</summary>
    Task<PledgeReceipt> RecordPledgeAsync(PledgeRecord pledge, CancellationToken cancellationToken);

    /// <summary>The user's earlier pledge, if any.</summary>
    Task<PledgeReceipt?> FindPledgeAsync(UserHash user, CancellationToken cancellationToken);

    Task RecordQuizAsync(QuizRecord quiz, CancellationToken cancellationToken);

    Task RecordTalkAsync(TalkRecord talk, CancellationToken cancellationToken);

    Task<CampaignTotals> GetTotalsAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the user's pledge marker; the aggregate counts stay. False when there was none.</summary>
    Task<bool> ErasePledgerAsync(UserHash user, CancellationToken cancellationToken);
}

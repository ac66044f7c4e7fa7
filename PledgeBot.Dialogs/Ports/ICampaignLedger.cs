namespace PledgeBot.Dialogs.Ports;

/// <summary>The campaign's counts: pledges and quiz results, aggregated for staff.</summary>
public interface ICampaignLedger
{
    Task RecordPledgeAsync(PledgeRecord pledge, CancellationToken cancellationToken);

    Task RecordQuizAsync(QuizRecord quiz, CancellationToken cancellationToken);

    Task<long> GetPledgeTotalAsync(CancellationToken cancellationToken);
}

namespace PledgeBot.Dialogs.Ports;

/// <summary>The public numbers: pledges in all and by province id, finished quizzes.</summary>
public sealed record CampaignTotals(
    long Pledges,
    IReadOnlyDictionary<string, long> PledgesByProvince,
    long QuizCompletions,
    DateTimeOffset UpdatedAt);

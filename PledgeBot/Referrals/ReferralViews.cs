namespace PledgeBot.Referrals;

/// <summary>Turns stored codes into what staff and the stats page read: links, totals, and days oldest first.</summary>
public sealed class ReferralViews(ReferralLinks links)
{
    public ReferralCodeSummary Summary(StoredReferralCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new ReferralCodeSummary(
            code.Code,
            code.Kind == ReferralKinds.Peer ? null : code.Name,
            code.Kind,
            code.Active,
            code.Created,
            code.Count(ReferralMetrics.Reach),
            code.Count(ReferralMetrics.First),
            code.Count(ReferralMetrics.Pledges),
            links.For(code.Code),
            links.Qr(code.Code),
            links.Stats(code.Code),
            code.Note);
    }

    public ReferralCodeDetails Details(StoredReferralCode code, IReadOnlyDictionary<string, long> quizDays)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(quizDays);
        var days = code.Counts.Keys
            .Where(field => field.Contains(':', StringComparison.Ordinal) && !field.StartsWith("channel:", StringComparison.Ordinal))
            .Select(field => field[(field.IndexOf(':', StringComparison.Ordinal) + 1)..])
            .Concat(quizDays.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(day => new ReferralDay(
                day,
                code.Count(ReferralMetrics.OnDay(ReferralMetrics.Reach, day)),
                code.Count(ReferralMetrics.OnDay(ReferralMetrics.First, day)),
                code.Count(ReferralMetrics.OnDay(ReferralMetrics.Pledges, day)),
                quizDays.GetValueOrDefault(day)))
            .ToList();
        var channels = code.Counts
            .Where(field => field.Key.StartsWith("channel:", StringComparison.Ordinal))
            .ToDictionary(field => field.Key["channel:".Length..], field => field.Value, StringComparer.Ordinal);
        return new ReferralCodeDetails(Summary(code), days, channels);
    }
}

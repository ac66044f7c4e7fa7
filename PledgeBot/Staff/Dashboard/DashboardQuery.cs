using PledgeBot.Dialogs.Content;
using PledgeBot.Referrals;
using PledgeBot.Staff.Exports;

namespace PledgeBot.Staff.Dashboard;

/// <summary>Sums the export queries' rows into the dashboard's figures: the same reads as the CSV files, so a number
/// on the dashboard is the sum of the matching export lines. Rows are folded as they stream in.</summary>
public sealed class DashboardQuery(
    PledgeExportQuery pledges, QuizExportQuery quizzes, SafetyExportQuery safety, RedisReferralCatalog referrals, IContentSource content)
{
    public const int TopCodes = 10;

    /// <summary>The codes with the most reach overall whose days are summed for the range's top list.</summary>
    public const int TopCandidates = 500;

    public async Task<DashboardData> ReadAsync(ExportRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var days = range.Days().ToDictionary(day => day, day => new DashboardDay(day, 0, 0, 0, 0), StringComparer.Ordinal);
        var byProvince = new Dictionary<string, long>(StringComparer.Ordinal);
        var byChannel = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in pledges.ReadAsync(range, cancellationToken))
        {
            days[row.Date] = days[row.Date] with { Pledges = days[row.Date].Pledges + row.Pledges };
            byProvince[row.Province] = byProvince.GetValueOrDefault(row.Province) + row.Pledges;
            byChannel[row.Channel] = byChannel.GetValueOrDefault(row.Channel) + row.Pledges;
        }

        var scores = new long[QuizMixRow.MaxScore + 1];
        await foreach (var row in quizzes.ReadAsync(range, cancellationToken))
        {
            days[row.Date] = days[row.Date] with { QuizCompletions = days[row.Date].QuizCompletions + row.Completions };
            for (var score = 0; score < scores.Length; score++)
            {
                scores[score] += row.Scores[score];
            }
        }

        var risks = new long[SafetyCategories.All.Count];
        await foreach (var row in safety.ReadAsync(range, cancellationToken))
        {
            for (var i = 0; i < risks.Length; i++)
            {
                risks[i] += row.ByCategory[i];
            }

            var day = days[row.Date];
            days[row.Date] = day with { TalkRequests = day.TalkRequests + row.TalkRequests, RiskInterrupts = day.RiskInterrupts + row.RiskInterrupts };
        }

        var perDay = days.Values.OrderBy(d => d.Date, StringComparer.Ordinal).ToList();
        return new DashboardData(
            perDay[0].Date,
            perDay[^1].Date,
            perDay.Sum(d => d.Pledges),
            perDay.Sum(d => d.QuizCompletions),
            perDay.Sum(d => d.TalkRequests),
            perDay.Sum(d => d.RiskInterrupts),
            perDay,
            Provinces(byProvince),
            [.. byChannel.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new DashboardCount(c.Key, c.Key, c.Value))],
            scores,
            [.. SafetyCategories.All.Select((category, i) => new DashboardCount(category, category, risks[i]))],
            await TopCodesAsync(range, cancellationToken));
    }

    // Every one of the 34 units, counted or not, named as the content names them in Vietnamese; an id the content no
    // longer lists keeps its id, so no pledge disappears from the chart.
    private List<DashboardCount> Provinces(Dictionary<string, long> counted)
    {
        var listed = content.Current.Provinces(Language.Vietnamese);
        var known = listed.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. listed.Select(p => new DashboardCount(p.Id, p.Name, counted.GetValueOrDefault(p.Id)))
                .Concat(counted.Where(c => !known.Contains(c.Key)).Select(c => new DashboardCount(c.Key, c.Key, c.Value)))
                .OrderByDescending(p => p.Pledges)
                .ThenBy(p => p.Label, StringComparer.Ordinal),
        ];
    }

    // Numbers for the chosen range, from each code's per-day counters (reach:DAY, pledges:DAY), among the codes with
    // the most reach overall: a code nobody used before the range cannot lead it without being among those.
    private async Task<List<DashboardCode>> TopCodesAsync(ExportRange range, CancellationToken cancellationToken)
    {
        var days = range.Days().ToList();
        var candidates = await referrals.ListAsync(null, ReferralMetrics.Reach, 1, TopCandidates, cancellationToken);
        return
        [
            .. candidates
                .Select(c => (Code: c, Reach: days.Sum(d => c.Count(ReferralMetrics.OnDay(ReferralMetrics.Reach, d))),
                    Pledges: days.Sum(d => c.Count(ReferralMetrics.OnDay(ReferralMetrics.Pledges, d)))))
                .Where(r => r.Reach > 0 || r.Pledges > 0)
                .OrderByDescending(r => r.Reach).ThenByDescending(r => r.Pledges).ThenBy(r => r.Code.Code, StringComparer.Ordinal)
                .Take(TopCodes)
                .Select(r => new DashboardCode(
                    r.Code.Code, r.Code.Kind, r.Code.Name ?? string.Empty, r.Reach, r.Pledges, r.Reach == 0 ? 0 : Math.Round((double)r.Pledges / r.Reach, 4))),
        ];
    }
}

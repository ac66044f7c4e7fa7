using System.Globalization;

namespace PledgeBot.Staff.Exports;

/// <summary>The Viet Nam days an export covers, both ends included (see <c>CampaignDay</c>).</summary>
public sealed record ExportRange(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public IEnumerable<string> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>False with a reason for a missing or malformed date, <c>from</c> after <c>to</c>, or too long a range.</summary>
    public static bool TryParse(string? from, string? to, out ExportRange range, out string field, out string reason)
    {
        range = new ExportRange(default, default);
        if (!TryParseDay(from, out var first))
        {
            (field, reason) = ("from", "from must be a date as YYYY-MM-DD.");
            return false;
        }

        if (!TryParseDay(to, out var last))
        {
            (field, reason) = ("to", "to must be a date as YYYY-MM-DD.");
            return false;
        }

        if (first > last)
        {
            (field, reason) = ("from", "from must not be after to.");
            return false;
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            (field, reason) = ("to", $"An export covers at most {MaxDays} days; split the range.");
            return false;
        }

        range = new ExportRange(first, last);
        (field, reason) = (string.Empty, string.Empty);
        return true;
    }

    private static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

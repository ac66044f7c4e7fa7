using System.Globalization;
using PledgeBot.Store;

namespace PledgeBot.Staff.Exports;

/// <summary>The Viet Nam days an export covers, both ends included (see <c>CampaignDay</c>).</summary>
public sealed record ExportRange(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    /// <summary>The first and last day a range may name: the campaign's counts start long after the one and end long
    /// before the other, and the last day a calendar has (9999-12-31) leaves no "next day" to step to.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2999, 12, 31);

    private static readonly string s_bounds = string.Create(CultureInfo.InvariantCulture, $"between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}");

    // Counted by day number, never by stepping a date: a loop that steps past its last day must not need a day after it.
    public IEnumerable<string> Days()
    {
        for (var number = From.DayNumber; number <= To.DayNumber; number++)
        {
            yield return DateOnly.FromDayNumber(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>False with a reason for a missing or malformed date, one outside <see cref="Earliest"/>–<see cref="Latest"/>,
    /// <c>from</c> after <c>to</c>, or too long a range.</summary>
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

        if (first < Earliest || first > Latest)
        {
            (field, reason) = ("from", $"from must fall {s_bounds}.");
            return false;
        }

        if (last < Earliest || last > Latest)
        {
            (field, reason) = ("to", $"to must fall {s_bounds}.");
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

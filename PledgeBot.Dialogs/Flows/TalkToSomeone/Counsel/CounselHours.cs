using System.Globalization;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;

/// <summary>When counsellors are on: a daily window in Viet Nam time (UTC+7 all year, no daylight saving since 1975)
/// on some days of the week. A window that ends before it starts runs past midnight and belongs to the day it starts;
/// one that ends where it starts is the whole day.</summary>
public sealed record CounselHours(TimeOnly Opens, TimeOnly Closes, IReadOnlySet<DayOfWeek> Days)
{
    public static readonly TimeSpan VietNamOffset = TimeSpan.FromHours(7);

    private static readonly string[] s_names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public bool IsOpen(DateTimeOffset now)
    {
        var local = now.ToOffset(VietNamOffset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (Opens == Closes)
        {
            return Days.Contains(local.DayOfWeek);
        }

        if (Opens < Closes)
        {
            return Days.Contains(local.DayOfWeek) && time >= Opens && time < Closes;
        }

        // Overnight: the evening part is today's, the early hours yesterday's.
        return (time >= Opens && Days.Contains(local.DayOfWeek))
            || (time < Closes && Days.Contains(local.AddDays(-1).DayOfWeek));
    }

    public string HoursText => string.Create(CultureInfo.InvariantCulture, $"{Opens:HH\\:mm}–{Closes:HH\\:mm}");

    public static bool TryParse(string? hours, string? days, out CounselHours parsed, out string reason)
    {
        parsed = new CounselHours(default, default, new HashSet<DayOfWeek>());
        var window = (hours ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        if (window.Length != 2
            || !TimeOnly.TryParseExact(window[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
            || !TimeOnly.TryParseExact(window[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
        {
            reason = "Counsel:Hours must be HH:mm-HH:mm in Viet Nam time (e.g. 08:00-22:00; 00:00-00:00 is all day).";
            return false;
        }

        var set = new HashSet<DayOfWeek>();
        foreach (var part in (days ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length > 2 || !TryDay(range[0], out var first) || !TryDay(range[^1], out var last))
            {
                reason = "Counsel:Days must list English day names or ranges, e.g. Mon-Fri,Sun.";
                return false;
            }

            for (var day = (int)first; ; day = (day + 1) % 7)
            {
                set.Add((DayOfWeek)day);
                if (day == (int)last)
                {
                    break;
                }
            }
        }

        if (set.Count == 0)
        {
            reason = "Counsel:Days names no day; e.g. Mon-Sun.";
            return false;
        }

        parsed = new CounselHours(opens, closes, set);
        reason = string.Empty;
        return true;
    }

    private static bool TryDay(string text, out DayOfWeek day)
    {
        var index = text.Length >= 3 ? Array.IndexOf(s_names, text[..3].ToLowerInvariant()) : -1;
        day = (DayOfWeek)Math.Max(index, 0);
        return index >= 0;
    }
}

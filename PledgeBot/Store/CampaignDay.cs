using System.Globalization;

namespace PledgeBot.Store;

/// <summary>The day a count belongs to: the date in Viet Nam (Asia/Ho_Chi_Minh), as <c>yyyy-MM-dd</c>.</summary>
public static class CampaignDay
{
    // Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975; a fixed offset needs no time-zone database
    // in the container, and a pledge at 23:30 UTC counts on the next Vietnamese day.
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static string Of(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

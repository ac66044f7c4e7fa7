using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;

/// <summary>Content keys of the counsellor console's messages to the young person (Content/*/counsel.json).</summary>
public static class CounselText
{
    public static readonly TextKey Queued = new("counsel.queued");
    public static readonly TextKey StillWaiting = new("counsel.stillWaiting");
    public static readonly TextKey MovedUp = new("counsel.movedUp");
    public static readonly TextKey Kept = new("counsel.kept");
    public static readonly TextKey Timeout = new("counsel.timeout");
    public static readonly TextKey Closed = new("counsel.closed");
    public static readonly TextKey Claimed = new("counsel.claimed");
    public static readonly TextKey Released = new("counsel.released");
    public static readonly TextKey FromCounsellor = new("counsel.fromCounsellor");
    public static readonly TextKey EveryDay = new("counsel.everyDay");

    /// <summary>A day's short name, Monday first as Vietnamese counts them (T2 … CN).</summary>
    public static TextKey Day(DayOfWeek day) => new($"counsel.day.{day.ToString().ToLowerInvariant()}");

    public const string ChatChoice = "counsel.chat";
    public const string WaitChoice = "counsel.wait";
    public const string BackChoice = "counsel.back";
}

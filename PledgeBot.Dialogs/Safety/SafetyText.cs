using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Content keys of the safety interruption (Content/*/safety.json).</summary>
public static class SafetyText
{
    /// <summary>A high-risk message: thanks, no blame, 111.</summary>
    public static readonly TextKey High = new("safety.high");

    /// <summary>A high-risk message where the danger is now: 113, 115 and 111 at once.</summary>
    public static readonly TextKey DangerNow = new("safety.dangerNow");

    /// <summary>The one gentle check-in per conversation on a worrying message.</summary>
    public static readonly TextKey CheckIn = new("safety.checkIn");

    /// <summary>Before the pending question is asked again: no hurry.</summary>
    public static readonly TextKey Resume = new("safety.resume");
}

using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety;

/// <summary>Content keys of the safety replies and their choices (Content/*/safety.json).</summary>
public static class SafetyText
{
    /// <summary>A high-risk message of no known category: thanks, no blame, 111.</summary>
    public static readonly TextKey High = new("safety.high");

    /// <summary>A high-risk message of no known category where the danger is now: 113, 115 and 111 at once.</summary>
    public static readonly TextKey DangerNow = new("safety.dangerNow");

    /// <summary>Appended to a category's reply when the danger is now and the reply does not already give 113.</summary>
    public static readonly TextKey NowLine = new("safety.nowLine");

    /// <summary>The one gentle check-in per conversation on a worrying message.</summary>
    public static readonly TextKey CheckIn = new("safety.checkIn");

    /// <summary>Before the pending question is asked again: no hurry.</summary>
    public static readonly TextKey Resume = new("safety.resume");

    /// <summary>Another high-risk message while a safety reply is open: short, 111 again.</summary>
    public static readonly TextKey StillHere = new("safety.stillHere");

    /// <summary>"Call 111" tapped where the channel cannot dial: how to call.</summary>
    public static readonly TextKey CallNow = new("safety.callNow");

    /// <summary>"I want to say more": the bot listens, and says it is a bot.</summary>
    public static readonly TextKey Listening = new("safety.listening");

    /// <summary>Free text while a safety reply is open: acknowledged, 111 offered, no game.</summary>
    public static readonly TextKey Heard = new("safety.heard");

    /// <summary>"Later": no pressure, how to come back.</summary>
    public static readonly TextKey Later = new("safety.later");

    public const string CallChoice = "safety.call";
    public const string TellMoreChoice = "safety.tellMore";
    public const string LaterChoice = "safety.later";
    public const string CarryOnChoice = "safety.carryOn";

    /// <summary>The specific help for one category of danger.</summary>
    public static TextKey Crisis(string category) => new($"safety.crisis.{category}");
}

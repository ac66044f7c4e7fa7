using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone;

/// <summary>Content keys of the human handoff (Content/*/talk.json).</summary>
public static class TalkText
{
    public static readonly TextKey Connecting = new("handoff.connecting");
    public static readonly TextKey Back = new("handoff.back");
    public static readonly TextKey Ended = new("handoff.ended");
    public static readonly TextKey Failed = new("handoff.failed");

    public const string Counsellor = "talk.counsellor";
    public const string BackToBot = "backToBot";
}

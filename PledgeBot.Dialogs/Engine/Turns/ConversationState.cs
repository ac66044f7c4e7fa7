using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>Everything the bot remembers about one conversation. No names, no message text (README.md, "Where the
/// data lives").</summary>
public sealed record ConversationState
{
    /// <summary>The language the user chose; null while the locale decides.</summary>
    public Language? ChosenLanguage { get; init; }

    public bool Greeted { get; init; }

    /// <summary>The referral code this conversation arrived with (an influencer's, a school's, a booth's, a friend's).</summary>
    public string? ReferralCode { get; init; }

    /// <summary>True while a human counsellor has the conversation: the bot stays silent but for "back to bot".</summary>
    public bool HandedOff { get; init; }

    /// <summary>True while the conversation is in the counsellor console (waiting or with a counsellor); the queue in
    /// the store says which, and whether a counsellor has ended it since.</summary>
    public bool Counselling { get; init; }

    /// <summary>True once the safety check has gently checked in on a worrying message: once per conversation.</summary>
    public bool SafetyCheckedIn { get; init; }

    /// <summary>Set while a safety reply waits for the user's choice (call 111, say more, later, carry on); the paused
    /// flow resumes only when they choose it.</summary>
    public SafetyPause? SafetyPause { get; init; }

    /// <summary>Flows set aside when the user went to the menu mid-way, to resume from there ("Tiếp tục cam kết").</summary>
    public IReadOnlyList<DialogFrame> Parked { get; init => field = value ?? []; } = [];

    /// <summary>True once the privacy notice has been shown, before the first question that collects data.</summary>
    public bool PrivacyNoticeShown { get; init; }

    /// <summary>The funnel steps this conversation reached ("flow|content version|step"), so each counts once (FunnelProgress).</summary>
    public IReadOnlyList<string> FunnelReached { get; init => field = value ?? []; } = [];
    /// <summary>The class session the user sits in (its code and their generated nickname), while it runs.</summary>
    public ClassSeat? Class { get; init; }

    /// <summary>The dialog stack, innermost dialog last.</summary>
    public IReadOnlyList<DialogFrame> Stack { get; init => field = value ?? []; } = [];
}

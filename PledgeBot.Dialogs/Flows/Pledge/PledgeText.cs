using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Pledge;

/// <summary>Content keys of the pledge flow (Content/*/pledge.json).</summary>
public static class PledgeText
{
    public static readonly TextKey Intro = new("pledge.intro");
    public static readonly TextKey ScenarioCount = new("pledge.scenarioCount");
    public static readonly TextKey ScenarioDone = new("pledge.scenarioDone");
    public static readonly TextKey SafeLead = new("pledge.safeLead");
    public static readonly TextKey UnsafeLead = new("pledge.unsafeLead");
    public static readonly TextKey PickIntro = new("pledge.pickIntro");
    /// <summary>A plural: {labels} just added, {count} picked in all.</summary>
    public static readonly TextKey Picked = new("pledge.picked");
    public static readonly TextKey PickMore = new("pledge.pickMore");
    public static readonly TextKey NeedMore = new("pledge.needMore");

    /// <summary>A plural: {count} picked so far, when the question comes back (after help, a reaction, a resume).</summary>
    public static readonly TextKey PickedSoFar = new("pledge.pickedSoFar");

    /// <summary>The hint after an answer not understood: the numbers are the list's, not the buttons'.</summary>
    public static readonly TextKey Retry = new("pledge.retry");
    public static readonly TextKey AgePrompt = new("pledge.agePrompt");
    public static readonly TextKey Thanks = new("pledge.thanks");
    /// <summary>A plural: {province} and its {count} of pledges.</summary>
    public static readonly TextKey ProvinceCount = new("pledge.provinceCount");
    public static readonly TextKey CardTitle = new("pledge.cardTitle");
    public static readonly TextKey CardText = new("pledge.cardText");
    public static readonly TextKey Share = new("pledge.share");
    public static readonly TextKey InviteLink = new("pledge.inviteLink");
    public static readonly TextKey Already = new("pledge.already");
    public static readonly TextKey AlreadyNoLink = new("pledge.alreadyNoLink");

    public const string Done = "pledge.done";

    /// <summary>Shows the whole numbered list again.</summary>
    public const string List = "pledge.list";
}

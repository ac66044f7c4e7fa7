namespace PledgeBot.Dialogs.Content;

/// <summary>The risk categories an analyzer reports, as the CLI and the counts spell them.</summary>
public static class SafetyCategories
{
    public const string SelfHarm = "self_harm";
    public const string SexualExploitation = "sexual_exploitation";
    public const string Grooming = "grooming";
    public const string AbductionScam = "abduction_scam";
    public const string Violence = "violence";
    public const string Bullying = "bullying";
    public const string OtherAbuse = "other_abuse";

    public static IReadOnlyList<string> All { get; } = [SelfHarm, SexualExploitation, Grooming, AbductionScam, Violence, Bullying, OtherAbuse];
}

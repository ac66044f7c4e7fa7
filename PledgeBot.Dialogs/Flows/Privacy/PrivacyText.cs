using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Privacy;

/// <summary>Content keys of the privacy notice and "delete my data" (Content/*/privacy.json).</summary>
public static class PrivacyText
{
    public static readonly TextKey Confirm = new("privacy.confirm");
    public static readonly TextKey Deleted = new("privacy.deleted");
    public static readonly TextKey DeletedPledge = new("privacy.deletedPledge");
    public static readonly TextKey DeletedCodes = new("privacy.deletedCodes");
    public static readonly TextKey Kept = new("privacy.kept");

    /// <summary>What is kept and what is not, and how to delete it: said once, before the first question that collects
    /// data (province, age band).</summary>
    public static readonly TextKey Notice = new("privacy.notice");
}

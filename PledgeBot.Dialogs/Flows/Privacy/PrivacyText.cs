using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Privacy;

/// <summary>Content keys of "delete my data" (Content/*/privacy.json).</summary>
public static class PrivacyText
{
    public static readonly TextKey Confirm = new("privacy.confirm");
    public static readonly TextKey Deleted = new("privacy.deleted");
    public static readonly TextKey DeletedPledge = new("privacy.deletedPledge");
    public static readonly TextKey DeletedCodes = new("privacy.deletedCodes");
    public static readonly TextKey Kept = new("privacy.kept");
}

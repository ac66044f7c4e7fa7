using System.Text.Json;
using System.Text.Json.Serialization;
using PledgeBot.Campaign.Live;
using PledgeBot.Referrals;
using PledgeBot.Staff.Dashboard;
using PledgeBot.Campaign.Stats;

namespace PledgeBot.Serialization;

/// <summary>Source-generated JSON for the host's own web shapes, camelCase: the public totals the big-screen page
/// reads, the staff referral API and the dashboard. Direct Line keeps its own context: it omits nulls, which these shapes do not.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PublicTotals))]
[JsonSerializable(typeof(NewReferralCode))]
[JsonSerializable(typeof(ReferralCodeChange))]
[JsonSerializable(typeof(ReferralCodeSummary))]
[JsonSerializable(typeof(ReferralCodeDetails))]
[JsonSerializable(typeof(ReferralCodePage))]
[JsonSerializable(typeof(ReferralImportResult))]
[JsonSerializable(typeof(IReadOnlyList<UnknownReferralDay>))]
[JsonSerializable(typeof(StaffAuditEntry))]
[JsonSerializable(typeof(DashboardData))]
[JsonSerializable(typeof(LiveTotals))]
[JsonSerializable(typeof(PledgeBot.Staff.Funnel.FunnelData))]
[JsonSerializable(typeof(PledgeBot.Staff.Setup.StaffSetup))]
internal sealed partial class HostJsonContext : JsonSerializerContext;

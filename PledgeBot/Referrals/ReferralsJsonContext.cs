using System.Text.Json;
using System.Text.Json.Serialization;

namespace PledgeBot.Referrals;

/// <summary>Source-generated JSON (camelCase) of the staff referral API and its audit entries.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NewReferralCode))]
[JsonSerializable(typeof(ReferralCodeChange))]
[JsonSerializable(typeof(ReferralCodeSummary))]
[JsonSerializable(typeof(ReferralCodeDetails))]
[JsonSerializable(typeof(ReferralCodePage))]
[JsonSerializable(typeof(ReferralImportResult))]
[JsonSerializable(typeof(IReadOnlyList<UnknownReferralDay>))]
[JsonSerializable(typeof(StaffAuditEntry))]
internal sealed partial class ReferralsJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using PledgeBot.Staff.Dashboard;
using PledgeBot.Staff.Funnel;
using PledgeBot.Staff.Setup;

namespace PledgeBot.Staff;

/// <summary>Source-generated JSON (camelCase) of the staff pages' data: the dashboard, the funnel and the setup check.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DashboardData))]
[JsonSerializable(typeof(FunnelData))]
[JsonSerializable(typeof(StaffSetup))]
internal sealed partial class StaffJsonContext : JsonSerializerContext;

using PledgeBot.Referrals;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Staff.Exports;

/// <summary>What an export handler needs, bound per request with <c>[AsParameters]</c>: the store, the catalog and the
/// audit log, and which staff key asked.</summary>
public sealed record ExportServices(
    HttpContext Context, IConnectionMultiplexer Multiplexer, RedisKeys Keys, RedisReferralCatalog Catalog,
    TimeProvider Time, ILoggerFactory Loggers)
{
    public string KeyId => Context.User.FindFirst(StaffAuth.KeyIdClaim)?.Value ?? "unknown";

    public PledgeExportQuery Pledges => new(Multiplexer, Keys);

    public QuizExportQuery Quizzes => new(Multiplexer, Keys);

    public SafetyExportQuery Safety => new(Multiplexer, Keys);

    public ReferralExportQuery Referrals => new(Multiplexer, Keys, Catalog);

    public ExportAudit Audit => new(Multiplexer, Keys, Time, Loggers.CreateLogger<ExportAudit>());
}

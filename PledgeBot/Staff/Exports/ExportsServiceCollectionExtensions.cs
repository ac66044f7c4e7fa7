using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PledgeBot.Staff.Exports;

public static class ExportsServiceCollectionExtensions
{
    /// <summary>The export queries and the export audit, one of each per host: the exports and the dashboard read the
    /// same queries, so their numbers cannot drift apart (needs <c>AddStore</c> and <c>AddReferrals</c>).</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.TryAddSingleton<PledgeExportQuery>();
        services.TryAddSingleton<QuizExportQuery>();
        services.TryAddSingleton<SafetyExportQuery>();
        services.TryAddSingleton<ReferralExportQuery>();
        services.TryAddSingleton<ExportAudit>();
        return services;
    }
}

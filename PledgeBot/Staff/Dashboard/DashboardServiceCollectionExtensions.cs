using PledgeBot.Staff.Exports;

namespace PledgeBot.Staff.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The staff dashboard's page and its data, read with the export queries (needs <c>AddStaff</c>).</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddExports();
        services.AddSingleton<DashboardPage>();
        services.AddSingleton<DashboardQuery>();
        services.AddSingleton<Funnel.FunnelQuery>();
        return services;
    }
}

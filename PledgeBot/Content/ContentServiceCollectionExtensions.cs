using PledgeBot.Dialogs.Content;

namespace PledgeBot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Replaces the shipped-only content with one that staff can override and fix without a redeploy.</summary>
    public static IServiceCollection AddEditableContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        services.AddSingleton<ReloadingContentSource>();
        services.AddSingleton<IContentSource>(provider => provider.GetRequiredService<ReloadingContentSource>());
        return services;
    }
}

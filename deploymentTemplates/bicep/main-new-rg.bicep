// PledgeBot in a new resource group: creates the group, then deploys main.bicep into it.
targetScope = 'subscription'

param resourceGroupName string
param location string
param botName string

@allowed(['UserAssignedMSI', 'SingleTenant', 'MultiTenant'])
param appType string = 'UserAssignedMSI'
param appId string = ''
@secure()
param appSecret string = ''
param tenantId string = subscription().tenantId
param appServiceSku string = 'B1'
@allowed(['Basic', 'Standard', 'Premium'])
param redisSku string = 'Standard'
param redisCapacity int = 1
@allowed(['F0', 'S'])
param languageSku string = 'S'
@allowed(['F0', 'S1'])
param botSku string = 'S1'
@secure()
param privacyUserIdKey string
@secure()
param cardsSigningKey string
@secure()
param directLineTokenKey string
@secure()
param referralsStatsSigningKey string
@secure()
param staffApiKeyHash string
param messengerPageName string = ''
param telegramBotName string = ''

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: resourceGroupName
  location: location
}

module pledgeBot 'main.bicep' = {
  name: 'pledgebot'
  scope: group
  params: {
    botName: botName
    location: location
    appType: appType
    appId: appId
    appSecret: appSecret
    tenantId: tenantId
    appServiceSku: appServiceSku
    redisSku: redisSku
    redisCapacity: redisCapacity
    languageSku: languageSku
    botSku: botSku
    privacyUserIdKey: privacyUserIdKey
    cardsSigningKey: cardsSigningKey
    directLineTokenKey: directLineTokenKey
    referralsStatsSigningKey: referralsStatsSigningKey
    staffApiKeyHash: staffApiKeyHash
    messengerPageName: messengerPageName
    telegramBotName: telegramBotName
  }
}

output messagingEndpoint string = pledgeBot.outputs.messagingEndpoint
output webAppName string = pledgeBot.outputs.webAppName
output botAppId string = pledgeBot.outputs.botAppId

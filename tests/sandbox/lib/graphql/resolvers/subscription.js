// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// deploymentChanged/taskChanged: like LAG:services/api/src/clients/pubSub.ts
// createEnvironmentSubscribe — check the caller may view the environment, then forward only the
// events whose payload belongs to it.
import { DEPLOYMENT_CHANNEL, TASK_CHANNEL } from '../../events.js';
import { demand } from '../../state/permissions.js';

function environmentSubscription(channel) {
  return {
    subscribe: (_, { environment }, ctx) => {
      // A scripted transient failure, as Lagoon's API answers when Redis is away.
      if (ctx.faults?.subscriptionErrors > 0) {
        ctx.faults.subscriptionErrors -= 1;
        throw new Error('Internal server error');
      }
      const env = ctx.store.environments.get(environment);
      if (!env) throw new Error('Unauthorized');
      demand(ctx.store, ctx.auth, 'environment', 'view', env.project);
      return ctx.events.iterator(channel, (payload) => payload.environment === environment);
    },
    resolve: (payload) => payload,
  };
}

export const Subscription = {
  deploymentChanged: environmentSubscription(DEPLOYMENT_CHANNEL),
  taskChanged: environmentSubscription(TASK_CHANNEL),
};

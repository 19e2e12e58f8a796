package io.feedbackloop.routing.invite;

class InMemoryInvitationStoreTest extends InvitationStoreContract {
  private static final InMemoryInvitationStore SHARED = InMemoryInvitationStore.create();

  @Override
  protected InvitationStore newStore() {
    return SHARED;
  }
}

//! Fixtures: proposals that can be put to a vote.

use super::internals::User;
use super::{Role, TestApp, random_suffix};

impl TestApp {
    /// A submitted, eligible proposal by `author`, co-sponsored by two
    /// delegates of two other groups (created once per app); returns its id.
    pub async fn proposal(&self, author: &User, title: &str) -> i64 {
        let mut cosponsors = Vec::new();
        for g in ["industry", "civil_society", "member_state"]
            .into_iter()
            .filter(|g| *g != author.group)
            .take(2)
        {
            let email = format!("cosponsor-{g}@example.org");
            let user = match self.find_user(&email).await {
                Some(user) => user,
                None => self.user(&email, Role::Delegate, g, "Cosponsors Inc").await,
            };
            cosponsors.push(user);
        }
        let id = self
            .submitted_proposal(author, title, "A summary.", "A body.")
            .await;
        for co in &cosponsors {
            self.cosponsor_directly(co, id).await;
        }
        id
    }

    /// `n` eligible proposals by a fresh author.
    pub async fn proposals(&self, n: usize) -> Vec<i64> {
        let author = self
            .user(
                &format!("author{}@example.org", random_suffix()),
                Role::Delegate,
                "academia",
                "Uni",
            )
            .await;
        let mut out = Vec::new();
        for i in 0..n {
            out.push(
                self.proposal(&author, &format!("Proposal number {}", i + 1))
                    .await,
            );
        }
        out
    }
}

//! Named people: active accounts created directly (as `plenary user add`
//! does) and signed in over the API. Asking for the same person twice
//! returns the same account and token (no second sign-in).

use reqwest::Method;
use serde_json::{Value, json};

use super::internals::{Registration, User, create_active};
use super::requests::{RequestHelper, Response, Session, api_client};
use super::{PASSWORD, Role, TestApp};

/// A signed-in account with its API token; its requests carry the token.
#[derive(Clone)]
pub struct Person {
    pub user: User,
    pub token: String,
    http: reqwest::Client,
    base: String,
}

impl RequestHelper for Person {
    fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }
}

/// "france" → "France".
fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

impl TestApp {
    /// Creates an active user directly; no sign-in (nothing but
    /// `user.registered` in the trail).
    pub async fn user(&self, email: &str, role: Role, group: &str, organisation: &str) -> User {
        let groups = self.state.settings.groups.clone();
        let (email, group, organisation) =
            (email.to_owned(), group.to_owned(), organisation.to_owned());
        let name = email.split('@').next().unwrap().to_owned();
        self.state
            .db(move |c| {
                let reg =
                    Registration::parse(&groups, &email, PASSWORD, &name, &organisation, &group)?;
                create_active(c, &reg, role)
            })
            .await
            .unwrap()
    }

    /// The person with this email: created (display name: the part before
    /// the `@`) and signed in the first time, the same afterwards.
    pub async fn person(&self, email: &str, role: Role, group: &str, organisation: &str) -> Person {
        if let Some(p) = self.people.lock().unwrap().get(email) {
            assert_eq!(
                p.user.role, role,
                "{email} already exists with another role"
            );
            return p.clone();
        }
        let user = self.user(email, role, group, organisation).await;
        let person = Person {
            token: self.token(email).await,
            user,
            http: api_client(),
            base: self.addr.clone(),
        };
        self.people
            .lock()
            .unwrap()
            .insert(email.to_owned(), person.clone());
        person
    }

    /// A delegate of the member states for `name`: `app.delegate("france")`
    /// is france@example.org, organisation France.
    pub async fn delegate(&self, name: &str) -> Person {
        self.delegate_in(name, "member_state", &capitalised(name))
            .await
    }

    /// A delegate `name@example.org` of `group` for `organisation`.
    pub async fn delegate_in(&self, name: &str, group: &str, organisation: &str) -> Person {
        self.person(
            &format!("{name}@example.org"),
            Role::Delegate,
            group,
            organisation,
        )
        .await
    }

    /// chair@example.org (member states, Kenya).
    pub async fn chair(&self) -> Person {
        self.person("chair@example.org", Role::Chair, "member_state", "Kenya")
            .await
    }

    /// auditor@example.org (technical community, Audit Co).
    pub async fn auditor(&self) -> Person {
        self.person(
            "auditor@example.org",
            Role::Auditor,
            "technical_community",
            "Audit Co",
        )
        .await
    }

    /// admin@example.org (intergovernmental, Secretariat).
    pub async fn admin(&self) -> Person {
        self.person(
            "admin@example.org",
            Role::Admin,
            "intergovernmental",
            "Secretariat",
        )
        .await
    }

    /// `{role}@example.org`, of the member states (Testland).
    pub async fn someone(&self, role: Role) -> Person {
        self.person(
            &format!("{role}@example.org"),
            role,
            "member_state",
            "Testland",
        )
        .await
    }
}

impl Person {
    pub fn id(&self) -> i64 {
        self.user.id.0
    }

    pub fn email(&self) -> &str {
        &self.user.email
    }

    /// The same person with a token from a new sign-in.
    pub async fn sign_in_again(&self, app: &TestApp) -> Person {
        Person {
            token: app.token(self.email()).await,
            ..self.clone()
        }
    }

    /// A browser signed in as this person through the form.
    pub async fn browser(&self) -> Session {
        Session::signed_in(&self.base, self.email()).await
    }

    /// `/api/v1/me`, as JSON.
    pub async fn me(&self) -> Value {
        let res = self.get("/api/v1/me").await;
        res.json()
    }

    /// Creates a round through the API with `extra` fields merged into the
    /// title and proposals; returns its id.
    pub async fn create_round(&self, proposals: &[i64], extra: Value) -> i64 {
        let mut body = json!({"title": "Priorities for 2027", "proposals": proposals});
        if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                b.insert(k.clone(), v.clone());
            }
        }
        let res = self.post_json("/api/v1/rounds", &body).await;
        assert_eq!(res.status, 201, "{}", res.text);
        res.json()["round"]["id"].as_i64().unwrap()
    }

    /// POSTs to a round action (`open`, `close`).
    pub async fn round_action(&self, round: i64, action: &str) -> Response {
        self.post(&format!("/api/v1/rounds/{round}/{action}")).await
    }

    /// Opens a round; it must work.
    pub async fn open(&self, round: i64) {
        let res = self.round_action(round, "open").await;
        assert_eq!(res.status, 200, "open round {round}: {}", res.text);
    }

    /// Closes a round; it must work.
    pub async fn close(&self, round: i64) {
        let res = self.round_action(round, "close").await;
        assert_eq!(res.status, 200, "close round {round}: {}", res.text);
    }

    /// Casts a ballot through the API.
    pub async fn vote(&self, round: i64, ranking: Value) -> Response {
        self.put_json(
            &format!("/api/v1/rounds/{round}/ballot"),
            json!({ "ranking": ranking }),
        )
        .await
    }
}

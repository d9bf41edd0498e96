//! Generator support: one-time registration of generator methods.

use std::sync::Once;

static REGISTER: Once = Once::new();

/// Install generator and coroutine methods (idempotent).
pub fn register() {
    REGISTER.call_once(crate::vm_impl::register_generator_methods);
    let _ = weft_objects::attrs::GEN_FRAME.set(crate::frames::generator_frame);
    let _ = weft_objects::attrs::GEN_YIELDFROM.set(crate::frames::generator_yieldfrom);
}

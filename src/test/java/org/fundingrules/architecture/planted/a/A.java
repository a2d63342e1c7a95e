package org.fundingrules.architecture.planted.a;

/** Half of a planted package cycle (see ArchitectureTest). */
public class A {
    public org.fundingrules.architecture.planted.b.B b() {
        return new org.fundingrules.architecture.planted.b.B();
    }
}
